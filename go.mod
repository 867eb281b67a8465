module byline

go 1.26

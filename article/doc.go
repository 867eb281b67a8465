// Package article is byline's model of a news article and its parser: bytes
// in, an *Article or a positioned *Error out. It opens no terminal and no file
// but through Load.
//
// # Accepted input: plain-text articles
//
// The text is UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order
// mark, or Windows-1252 / Latin-1: bytes that are not valid UTF-8 are read as
// Windows-1252, so "caf\xe9" is "café" and never mojibake. A file with a NUL
// byte, or with more than one byte in ten a control character, is "not a
// text article"; an empty or whitespace-only file is refused as empty.
//
// Lines end with "\n", "\r\n" or a lone "\r". Each line is cleaned (see
// Clean: no control characters reach the model, so no escape sequence reaches
// a terminal), runs of white space — tabs and no-break spaces included —
// become one space, and lines are trimmed. Blank lines separate blocks.
//
// Two shapes are read. A page saved as text ("Save page as text"), like the
// seed article:
//
//	Express & Star                                    publication (optional)
//
//	Healey to convene next ‘coalition of the willing’ meeting next week
//
//	John Healey will host defence ministers in Brussels alongside his French counterpart.
//
//	By contributor Caitlin Doherty, Deputy Political Editor
//	Published
//	Defence Secretary John Healey (PA)
//	Defence Secretary John Healey (PA)
//
//	The Defence Secretary is set to convene …        paragraphs, blank-line separated
//
//	Sorry, we are not accepting comments on this article.
//
// and a Wikinews article: headline, blank line, an optional dateline
// ("Saturday, February 2, 2019"), paragraphs.
//
// The header is up to three title lines (publication, headline, standfirst)
// followed by meta lines: a byline ("By NAME", "By contributor NAME, ROLE",
// "By NAME and NAME", "By NAME, ROLE and NAME"), a Published line
// ("Published", "Published 12 April 2025, 10:31", "Published: Sat 12 Apr
// 2025", "Published 2025-04-12T10:31:00Z") or a dateline alone on its line.
// The date goes into Published as RFC 3339 (UTC unless the text names a
// zone) and the line as written into PublishedText; a Published line with no
// date gives Published "" and PublishedText "Published". A "last updated"
// stamp ("Updated 13 April 2025, 09:12") is a meta line too, set aside: the
// model keeps the publication date. Without meta lines
// the first block is the headline (or the publication, when it is a short
// name followed by a one-line headline).
//
// In the body, consecutive lines of a block are one hard-wrapped paragraph,
// joined with spaces, when each line was full (the next line's first word
// would not have fitted after it, at the block's wrap width of 40 to 100
// columns) or the next line runs the sentence on in lower case; otherwise —
// Wikinews interview questions and answers, one paragraph per long line — each
// line is a paragraph. Captions are lines printed twice ("Defence Secretary
// John Healey (PA)" twice), lines standing alone with a credit in parentheses
// or after "Image:", "Photograph:", "Photo:" or "Picture:" ("Sirhan in 1969
// (Image: CDCR)", "Trafalgar Square. Image: Mirrys."), and the uncredited line
// in the lead picture's place after the byline and Published line. Each
// becomes one Caption with its credit and the index of the paragraph the
// picture stands before. A line printed once, without a credit, elsewhere
// stays a paragraph: it cannot be told from a subheading, and keeping it loses
// nothing. Wikinews pull-quote credits ("—Testimony from the chief internal
// police investigator") stay paragraphs, as written: the pull quote they
// credit was lost when the page was saved, and dropping the line would lose
// who was quoted. Site boilerplate ("Read more", "Sign up to our newsletter",
// share and cookie lines; the list is data in boilerplate.go) is dropped.
package article

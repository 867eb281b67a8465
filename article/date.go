package article

import (
	"strconv"
	"strings"
	"time"
)

// parseDate reads a date as news sites print it and returns it in RFC 3339,
// in UTC when the text names no zone. The whole of s must be the date: one
// stray word and it is not one (so "Published by Reuters" is no date).
//
// Forms, each with a real example:
//
//	ISO 8601         2025-04-12, 2025-04-12T10:31:00Z, 2025-04-12 10:31, 2025-04-12T10:31:00+01:00
//	day month year   12 April 2025, 10:31 — Sat 12 Apr 2025 — Saturday 12th April 2025 10:31 BST
//	month day, year  Saturday, February 2, 2019 (Wikinews) — Feb. 2, 2019 at 3:05 pm EST
//	time first       10:31 BST, 12 April 2025
//
// A weekday is allowed and not checked against the date; a time is H:MM or
// H.MM, with optional seconds and am/pm; a zone is UTC, GMT, Z, a few common
// abbreviations (BST, CET, CEST, EST, EDT, CST, CDT, MST, MDT, PST, PDT) or an
// offset like +01:00.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 80 {
		return "", false
	}
	if s[0] >= '0' && s[0] <= '9' && len(s) >= 10 && s[4] == '-' {
		return parseISODate(s)
	}
	return parseWordDate(s)
}

// isoLayouts are the ISO 8601 forms parseISODate accepts, most specific first.
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

func parseISODate(s string) (string, bool) {
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.RFC3339), true
		}
	}
	return "", false
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true, "wednesday": true, "wed": true,
	"thursday": true, "thu": true, "thur": true, "thurs": true, "friday": true, "fri": true,
	"saturday": true, "sat": true, "sunday": true, "sun": true,
}

// zones are the zone abbreviations parseDate knows, as offsets in seconds.
// Ambiguous ones (IST, AST) are left out on purpose: a wrong offset is worse
// than none.
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "bst": 3600, "cet": 3600, "cest": 7200,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
	"mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
}

// parseWordDate reads the forms with a month name (see parseDate).
func parseWordDate(s string) (string, bool) {
	var (
		day, year        int
		month            time.Month
		hour, min, sec   int
		hasTime, hasZone bool
		offset           int
	)
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	for i := 0; i < len(fields); i++ {
		word := strings.TrimSuffix(strings.ToLower(fields[i]), ".")
		switch {
		case weekdays[word]:
		case months[word] != 0 && month == 0:
			month = months[word]
		case word == "at" || word == "on" || word == "-" || word == "|" || word == "—" || word == "–":
		case isTimeField(word) && !hasTime:
			h, m, sc, ok := parseClock(word)
			if !ok {
				return "", false
			}
			// "3:05 pm" puts the meridiem in the next field.
			if i+1 < len(fields) {
				if next := strings.ToLower(strings.TrimSuffix(fields[i+1], ".")); next == "am" || next == "pm" || next == "a.m" || next == "p.m" {
					if h, ok = meridiem(h, next[:1]+"m"); !ok {
						return "", false
					}
					i++
				}
			}
			hour, min, sec, hasTime = h, m, sc, true
		case hasTime && !hasZone && isZone(word):
			offset, hasZone = zoneOffset(word)
		default:
			n, ok := dayOrYear(word)
			if !ok {
				return "", false
			}
			switch {
			case n >= 1000 && year == 0:
				year = n
			case n >= 1 && n <= 31 && day == 0:
				day = n
			default:
				return "", false
			}
		}
	}
	if year == 0 || month == 0 || day == 0 {
		return "", false
	}
	loc := time.UTC
	if hasZone && offset != 0 {
		loc = time.FixedZone("", offset)
	}
	t := time.Date(year, month, day, hour, min, sec, 0, loc)
	if t.Day() != day || t.Month() != month {
		return "", false // 31 April
	}
	return t.Format(time.RFC3339), true
}

// dayOrYear reads "12", "12th", "2nd", "2025".
func dayOrYear(w string) (int, bool) {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suffix) && len(w) > 2 {
			w = w[:len(w)-2]
			break
		}
	}
	if w == "" || len(w) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// isTimeField reports whether f looks like a clock time: "10:31", "10.31am".
func isTimeField(f string) bool {
	if f == "" || f[0] < '0' || f[0] > '9' {
		return false
	}
	return strings.ContainsAny(f, ":.") || strings.HasSuffix(f, "am") || strings.HasSuffix(f, "pm")
}

// parseClock reads "10:31", "10:31:05", "10.31", "3:05pm", "3pm".
func parseClock(f string) (h, m, s int, ok bool) {
	mer := ""
	if strings.HasSuffix(f, "am") || strings.HasSuffix(f, "pm") {
		mer, f = f[len(f)-2:], f[:len(f)-2]
	}
	parts := strings.FieldsFunc(f, func(r rune) bool { return r == ':' || r == '.' })
	if len(parts) < 1 || len(parts) > 3 || (len(parts) == 1 && mer == "") {
		return 0, 0, 0, false
	}
	var nums [3]int
	for i, p := range parts {
		if len(p) == 0 || len(p) > 2 {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, 0, 0, false
		}
		nums[i] = n
	}
	h, m, s = nums[0], nums[1], nums[2]
	if mer != "" {
		if h, ok = meridiem(h, mer); !ok {
			return 0, 0, 0, false
		}
	}
	if h > 23 || m > 59 || s > 59 {
		return 0, 0, 0, false
	}
	return h, m, s, true
}

// meridiem turns a 12-hour clock hour into a 24-hour one.
func meridiem(h int, mer string) (int, bool) {
	if h < 1 || h > 12 {
		return 0, false
	}
	if mer == "pm" && h != 12 {
		h += 12
	}
	if mer == "am" && h == 12 {
		h = 0
	}
	return h, true
}

func isZone(f string) bool {
	_, ok := zoneOffset(f)
	return ok
}

// zoneOffset reads a zone abbreviation ("bst") or a numeric offset
// ("+01:00", "-0500"), lower-cased.
func zoneOffset(f string) (int, bool) {
	f = strings.Trim(f, "()")
	if off, ok := zones[f]; ok {
		return off, true
	}
	if len(f) < 3 || (f[0] != '+' && f[0] != '-') {
		return 0, false
	}
	digits := strings.ReplaceAll(f[1:], ":", "")
	if len(digits) != 2 && len(digits) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return 0, false
	}
	h, m := n, 0
	if len(digits) == 4 {
		h, m = n/100, n%100
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	off := h*3600 + m*60
	if f[0] == '-' {
		off = -off
	}
	return off, true
}

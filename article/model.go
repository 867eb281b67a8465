package article

// Article is the model of one news article: what every pane of the reader and
// the --json output show. Text fields hold valid UTF-8 with every control
// character except newline removed (see Clean); smart punctuation is kept
// exactly as written. Lists are never nil after Parse, so JSON prints [] and
// never null.
type Article struct {
	// Source is the name the article was read from (a path, or "-").
	Source string `json:"source"`
	// Format is the input format that was parsed: "text", "html" or "markdown".
	Format string `json:"format"`
	// Publication is the site or paper, e.g. "Express & Star"; "" if unknown.
	Publication string `json:"publication"`
	// Headline is the article's title.
	Headline string `json:"headline"`
	// Standfirst is the summary line under the headline; "" if none.
	Standfirst string `json:"standfirst"`
	// Authors are the people in the byline, in order.
	Authors []Author `json:"authors"`
	// Published is the publication time in RFC 3339 (UTC when the text gives
	// no zone), or "" when the article gives no date.
	Published string `json:"published"`
	// PublishedText is the date as written, e.g. "Published 12 April 2025, 10:31".
	PublishedText string `json:"published_text"`
	// Paragraphs are the body paragraphs, without captions, byline or site
	// boilerplate. Each is one logical paragraph (hard wraps joined).
	Paragraphs []string `json:"paragraphs"`
	// Captions are the photo captions, each once, in order.
	Captions []Caption `json:"captions"`
	// Markdown holds, for Markdown input, the source of each body paragraph
	// (same index as Paragraphs, whose text is the plain reading of it), so
	// the reader can render it richly; nil for other formats.
	Markdown []string `json:"-"`
	// People are the named people, in order of first mention.
	People []Person `json:"people"`
	// Quotes are the quoted spans, in document order.
	Quotes []Quote `json:"quotes"`
}

// Author is one name in the byline.
type Author struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Caption is a photo caption with its credit, e.g. {"Defence Secretary John
// Healey", "PA", 0}.
type Caption struct {
	Text   string `json:"text"`
	Credit string `json:"credit"`
	// Paragraph is the index of the body paragraph the picture stands before
	// (len(Paragraphs) when it stands after the last one).
	Paragraph int `json:"paragraph"`
}

// Locations of text in an article, as used by Quote.Location and Span.Location.
const (
	LocHeadline   = "headline"
	LocStandfirst = "standfirst"
	LocBody       = "body"
)

// Kinds of quote, as used by Quote.Kind.
const (
	// KindSpeech is a clause or more that someone said or wrote.
	KindSpeech = "speech"
	// KindPartial is a fragment of someone's words woven into the writer's sentence.
	KindPartial = "partial"
	// KindTerm is a scare quote, nickname, title or word mentioned as a word.
	KindTerm = "term"
)

// Speaker types, as used by Quote.SpeakerType.
const (
	SpeakerPerson       = "person"
	SpeakerOrganisation = "organisation"
	SpeakerUnnamed      = "unnamed"
)

// Span is a run of bytes in one field of the article: Text[Start:End] of the
// headline, the standfirst, or Paragraphs[Para] for the body.
type Span struct {
	Location string
	Para     int // index into Paragraphs when Location is LocBody, else 0
	Start    int // byte offset, inclusive
	End      int // byte offset, exclusive
}

// Quote is one quoted span: a quote interrupted by its attribution or running
// over several paragraphs is one Quote with several Parts.
type Quote struct {
	// Text is the quoted words without the marks, parts joined by one space.
	Text string `json:"text"`
	// Speaker is the canonical name of the person or organisation quoted, or
	// "" for terms and unnamed or unknown speakers.
	Speaker string `json:"speaker"`
	// Kind is KindSpeech, KindPartial or KindTerm.
	Kind string `json:"kind"`
	// Location is where the quote starts: LocHeadline, LocStandfirst or LocBody.
	Location string `json:"location"`
	// Paragraphs is [first, last] body paragraph index for body quotes, and
	// empty for quotes in the headline or standfirst.
	Paragraphs []int `json:"paragraphs"`

	// SpeakerType is SpeakerPerson, SpeakerOrganisation, SpeakerUnnamed or "".
	SpeakerType string `json:"-"`
	// SpeakerDescription names an unnamed speaker as the text does ("a witness").
	SpeakerDescription string `json:"-"`
	// Parts are the quoted spans in the text, without the marks, in order.
	Parts []Span `json:"-"`
}

// Person is a named person in the article.
type Person struct {
	// Name is the fullest name the article gives, without honorific.
	Name string `json:"name"`
	// Role is the title or description the article attaches, or "".
	Role string `json:"role"`
	// Aliases are the other forms used ("Mr Healey", "Healey").
	Aliases []string `json:"aliases"`
	// Mentions counts the times the person is named (any alias).
	Mentions int `json:"mentions"`
	// Quotes counts the speech and partial quotes attributed to the person.
	Quotes int `json:"quotes"`

	// Spans are the places the person is named, in order.
	Spans []Span `json:"-"`
}

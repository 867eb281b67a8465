package ui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"byline/article"
)

// Why not bubbles viewport: viewport.SetContent takes the whole document as
// one string and splits it into lines, so every resize would re-wrap and
// re-split the whole article and every highlight change would re-render it —
// time proportional to the document. The reader below keeps the position as
// (block, line within block), wraps a block only when it comes on screen, and
// caches the wrapped lines per block per width, so a key press or a resize
// costs time proportional to the screen.

// blockKind says what a block of the document is, which picks its style.
type blockKind int

const (
	blockPublication blockKind = iota
	blockHeadline
	blockStandfirst
	blockByline
	blockDate
	blockCaption
	blockPara
)

// block is one wrapped unit of the document: a header line, a caption or a
// body paragraph. text is the model's string itself for the headline,
// standfirst and paragraphs, so the model's byte spans index it directly.
type block struct {
	kind blockKind
	text string
	ref  int    // paragraph index (blockPara) or caption index (blockCaption)
	gap  bool   // a blank line follows
	md   string // the paragraph's Markdown source, "" when not Markdown
}

// pos is a reading position: a line within a block.
type pos struct{ block, line int }

func (p pos) less(q pos) bool {
	return p.block < q.block || (p.block == q.block && p.line < q.line)
}

// span is a byte range in one block's text.
type span struct{ block, start, end int }

type wrapEntry struct {
	width int
	lines []lineSpan

	// The rendered Markdown rows, for the width and theme they were
	// rendered at (see markdown.go); richOK says they were rendered.
	rich        []string
	richOK      bool
	richW       int
	richDark    bool
	richNoColor bool
}

// reader is the article body: the lazily wrapped document and the position.
type reader struct {
	blocks   []block
	texts    []string // blocks[i].text, shared read-only with search Cmds
	offsets  []int    // byte offset of each block in the document; len(blocks)+1
	paraOf   []int    // for each block, the index of the paragraph at or after it
	paraBlk  []int    // paragraph index → block index
	capBlk   []int    // caption index → block index
	headBlk  int      // block of the headline, -1 if none
	standBlk int      // block of the standfirst, -1 if none
	nParas   int

	cache  []wrapEntry
	width  int // columns of the text area
	height int // rows of the text area
	column int // the measure: width of the wrapped text
	margin int // left margin that centres the measure
	top    pos

	maxTop   pos
	maxTopOK bool

	// anchor is the byte (in block anchorTop.block) the top line started
	// with when the size last changed, so that a run of resizes keeps the
	// same words at the top instead of drifting to the paragraph's start.
	anchor    int
	anchorTop pos

	quoteSpans map[int][]span // block → speech/partial quote parts
	matches    []span         // search matches in document order
	matchIdx   map[int][]int  // block → indices into matches
	current    int            // index of the current match, -1 if none
	flash      []span         // spans highlighted briefly after a jump

	// Markdown articles: the block renderer (nil for other formats) and
	// the theme it renders for.
	md      *mdRenderer
	isDark  bool
	noColor bool
}

// measure bounds: the issue asks for a 72–80 column reading measure.
const (
	maxMeasure = 76
	minMargin  = 1
)

// newReader lays the article out as blocks: publication, headline,
// standfirst, byline, date, then the paragraphs with each caption before the
// paragraph it stands before (Caption.Paragraph).
func newReader(a *article.Article) reader {
	r := reader{headBlk: -1, standBlk: -1, current: -1}
	add := func(k blockKind, text string, ref int, gap bool) {
		r.blocks = append(r.blocks, block{kind: k, text: text, ref: ref, gap: gap})
	}
	if a.Publication != "" {
		add(blockPublication, a.Publication, 0, true)
	}
	if a.Headline != "" {
		r.headBlk = len(r.blocks)
		add(blockHeadline, a.Headline, 0, true)
	}
	if a.Standfirst != "" {
		r.standBlk = len(r.blocks)
		add(blockStandfirst, a.Standfirst, 0, true)
	}
	if by := article.BylineText(a.Authors); by != "" {
		add(blockByline, by, 0, a.PublishedText == "" && a.Published == "")
	}
	if d := dateText(a); d != "" {
		add(blockDate, d, 0, true)
	}
	if n := len(r.blocks); n > 0 {
		r.blocks[n-1].gap = true
	}
	r.capBlk = make([]int, len(a.Captions))
	ci := 0
	addCaptions := func(upTo int) {
		for ; ci < len(a.Captions) && a.Captions[ci].Paragraph <= upTo; ci++ {
			r.capBlk[ci] = len(r.blocks)
			add(blockCaption, captionText(a.Captions[ci]), ci, true)
		}
	}
	r.paraBlk = make([]int, len(a.Paragraphs))
	markdown := a.Format == article.FormatMarkdown && len(a.Markdown) > 0
	if markdown {
		r.md, r.isDark = &mdRenderer{}, true
	}
	for i, p := range a.Paragraphs {
		addCaptions(i)
		r.paraBlk[i] = len(r.blocks)
		add(blockPara, p, i, true)
		if markdown && i < len(a.Markdown) {
			r.blocks[len(r.blocks)-1].md = a.Markdown[i]
		}
	}
	addCaptions(1 << 62)
	// Markdown list items are blocks of their own (so that a quote's
	// paragraph index points at a few lines); set one under another, as a
	// list, not a blank line apart.
	for k := 0; k+1 < len(r.blocks); k++ {
		if isListItem(r.blocks[k].md) && isListItem(r.blocks[k+1].md) {
			r.blocks[k].gap = false
		}
	}
	if len(r.blocks) == 0 {
		add(blockPara, "", 0, false)
	}
	r.blocks[len(r.blocks)-1].gap = false
	r.nParas = len(a.Paragraphs)

	n := len(r.blocks)
	r.texts = make([]string, n)
	r.offsets = make([]int, n+1)
	r.paraOf = make([]int, n)
	r.cache = make([]wrapEntry, n)
	next := r.nParas
	for i := n - 1; i >= 0; i-- {
		if r.blocks[i].kind == blockPara {
			next = r.blocks[i].ref
		}
		r.paraOf[i] = next
	}
	for i, b := range r.blocks {
		r.texts[i] = b.text
		r.offsets[i+1] = r.offsets[i] + len(b.text) + 1
	}
	return r
}

// dateText is the date as the article wrote it, or the machine date.
func dateText(a *article.Article) string {
	if a.PublishedText != "" && strings.TrimSpace(strings.TrimPrefix(a.PublishedText, "Published")) != "" {
		return a.PublishedText
	}
	return a.Published
}

// captionMark sets captions apart in the text.
const captionMark = "▣ "

// captionText is a caption as shown in the text: "▣ Defence Secretary John
// Healey (PA)".
func captionText(c article.Caption) string {
	if c.Credit == "" {
		return captionMark + c.Text
	}
	return captionMark + c.Text + " (" + c.Credit + ")"
}

// setSize sets the text area and picks the measure and margin.
func (r *reader) setSize(w, h int) {
	oldTop := r.top
	oldByte := r.anchor
	if r.top != r.anchorTop && r.top.block < len(r.blocks) {
		oldByte = r.topOffset()
	}
	r.width, r.height = max(w, 0), max(h, 0)
	r.column = min(maxMeasure, r.width-2*minMargin)
	if r.column < 2 {
		r.column = max(r.width, 1)
	}
	r.margin = max((r.width-r.column)/2, 0)
	r.maxTopOK = false
	// Keep the same block at the top, at the line that holds the byte the old
	// top line started with.
	r.top = pos{block: oldTop.block}
	if oldTop.line > 0 {
		r.top.line = r.lineOf(oldTop.block, oldByte)
	}
	r.anchor, r.anchorTop = oldByte, r.top
}

// lines returns the wrapped lines of block b at the current measure, from
// the cache when it was wrapped at this width before.
func (r *reader) lines(b int) []lineSpan {
	e := &r.cache[b]
	if e.lines == nil || e.width != r.column {
		e.width = r.column
		e.lines = wrapText(r.blocks[b].text, r.column)
	}
	return e.lines
}

// setTheme sets the theme Markdown blocks render for; they re-render on
// their next showing.
func (r *reader) setTheme(dark, noColor bool) {
	if r.md == nil || (r.isDark == dark && r.noColor == noColor) {
		return
	}
	r.remodel(func() { r.isDark, r.noColor = dark, noColor })
}

// rich returns the rendered Markdown rows of block b when it shows them
// now: a Markdown block with no search match and no flash in it (see
// markdown.go). Otherwise nil, and the block shows its plain text.
func (r *reader) rich(b int) []string {
	if r.md == nil || r.blocks[b].md == "" || len(r.matchIdx[b]) > 0 {
		return nil
	}
	for _, s := range r.flash {
		if s.block == b {
			return nil
		}
	}
	e := &r.cache[b]
	if !e.richOK || e.richW != r.column || e.richDark != r.isDark || e.richNoColor != r.noColor {
		e.rich = r.md.render(r.blocks[b].md, r.column, r.isDark, r.noColor)
		e.richOK, e.richW, e.richDark, e.richNoColor = true, r.column, r.isDark, r.noColor
	}
	return e.rich
}

// remodel runs f, which may turn blocks between their rich and plain
// renderings, keeping the byte at the top of the screen at the top.
func (r *reader) remodel(f func()) {
	if r.md == nil || len(r.blocks) == 0 || r.column == 0 {
		f()
		return
	}
	off := r.topOffset()
	f()
	r.top.line = min(r.lineOf(r.top.block, off), r.rows(r.top.block)-1)
	r.maxTopOK = false
	r.anchor, r.anchorTop = off, r.top
}

// setFlash highlights spans (nil ends the highlight).
func (r *reader) setFlash(spans []span) {
	r.remodel(func() { r.flash = spans })
}

// rows is the number of screen rows block b takes, its blank line included.
func (r *reader) rows(b int) int {
	n := len(r.lines(b))
	if rich := r.rich(b); rich != nil {
		n = len(rich)
	}
	if r.blocks[b].gap {
		n++
	}
	return n
}

// lineOf returns the line of block b that holds byte off (the blank line
// after the block for off beyond its text).
func (r *reader) lineOf(b, off int) int {
	if off > len(r.blocks[b].text) {
		return r.rows(b) - 1
	}
	if rich := r.rich(b); rich != nil {
		return min(max(off, 0)*len(rich)/max(len(r.blocks[b].text), 1), len(rich)-1)
	}
	lines := r.lines(b)
	i := sort.Search(len(lines), func(i int) bool { return lines[i].start > off }) - 1
	return max(i, 0)
}

func (r *reader) next(p pos) (pos, bool) {
	if p.line+1 < r.rows(p.block) {
		return pos{p.block, p.line + 1}, true
	}
	if p.block+1 < len(r.blocks) {
		return pos{p.block + 1, 0}, true
	}
	return p, false
}

func (r *reader) prev(p pos) (pos, bool) {
	if p.line > 0 {
		return pos{p.block, p.line - 1}, true
	}
	if p.block > 0 {
		return pos{p.block - 1, r.rows(p.block-1) - 1}, true
	}
	return p, false
}

// last is the last row of the document.
func (r *reader) last() pos {
	b := len(r.blocks) - 1
	return pos{b, r.rows(b) - 1}
}

// bottomTop is the top position that shows the last row at the bottom of
// the screen: found by wrapping backwards from the end, one screen's worth.
func (r *reader) bottomTop() pos {
	if r.maxTopOK {
		return r.maxTop
	}
	p := r.last()
	for i := 1; i < max(r.height, 1); i++ {
		q, ok := r.prev(p)
		if !ok {
			break
		}
		p = q
	}
	r.maxTop, r.maxTopOK = p, true
	return p
}

// scroll moves the top by n rows (down when positive), never past the last
// screen and never above the start.
func (r *reader) scroll(n int) {
	limit := r.bottomTop()
	for ; n > 0; n-- {
		if !r.top.less(limit) {
			return
		}
		r.top, _ = r.next(r.top)
	}
	for ; n < 0; n++ {
		var ok bool
		if r.top, ok = r.prev(r.top); !ok {
			return
		}
	}
}

func (r *reader) home() { r.top = pos{} }
func (r *reader) end()  { r.top = r.bottomTop() }

// bottom is the last row shown on screen.
func (r *reader) bottom() pos {
	p := r.top
	for i := 1; i < r.height; i++ {
		q, ok := r.next(p)
		if !ok {
			break
		}
		p = q
	}
	return p
}

// topOffset is the byte of the top block where the top row starts (one past
// the text for the blank row after it).
func (r *reader) topOffset() int { return r.offsetOf(r.top) }

// offsetOf is the byte of its block that row p starts with (as topOffset).
func (r *reader) offsetOf(p pos) int {
	if rich := r.rich(p.block); rich != nil {
		if p.line >= len(rich) {
			return len(r.blocks[p.block].text) + 1
		}
		return p.line * len(r.blocks[p.block].text) / len(rich)
	}
	lines := r.lines(p.block)
	if p.line < len(lines) {
		return lines[p.line].start
	}
	return len(r.blocks[p.block].text) + 1
}

// posOf is the row that shows byte off of block b.
func (r *reader) posOf(b, off int) pos {
	return pos{b, r.lineOf(b, off)}
}

// reveal scrolls so that the row holding byte off of block b is on screen:
// left alone when it already is, else shown with two rows of context above.
func (r *reader) reveal(b, off int) {
	p := r.posOf(b, off)
	if !p.less(r.top) && !r.bottom().less(p) {
		return
	}
	for i := 0; i < 2; i++ {
		q, ok := r.prev(p)
		if !ok {
			break
		}
		p = q
	}
	if limit := r.bottomTop(); limit.less(p) {
		p = limit
	}
	r.top = p
}

// percent is how far through the document the bottom of the screen is, by
// bytes: 100 when the end is on screen.
func (r *reader) percent() int {
	b := r.bottom()
	if b == r.last() || r.offsets[len(r.blocks)] <= 1 {
		return 100
	}
	off := r.offsets[b.block]
	if rich := r.rich(b.block); rich != nil {
		off += min(b.line+1, len(rich)) * len(r.blocks[b.block].text) / len(rich)
	} else if lines := r.lines(b.block); b.line < len(lines) {
		off += lines[b.line].end
	} else {
		off += len(r.blocks[b.block].text)
	}
	return min(off*100/r.offsets[len(r.blocks)], 100)
}

// paragraph is the 1-based number of the paragraph at the top of the screen
// (the next one when a header or caption is at the top).
func (r *reader) paragraph() int {
	if r.nParas == 0 {
		return 0
	}
	return min(r.paraOf[r.top.block]+1, r.nParas)
}

// setQuotes indexes the speech and partial quote parts by block, dropping
// parts whose spans do not fit the text (a model bug must not crash the view).
func (r *reader) setQuotes(quotes []article.Quote) {
	r.quoteSpans = map[int][]span{}
	for _, q := range quotes {
		if q.Kind == article.KindTerm {
			continue
		}
		for _, s := range r.quoteParts(q) {
			r.quoteSpans[s.block] = append(r.quoteSpans[s.block], s)
		}
	}
}

// quoteParts maps a quote's parts to block spans.
func (r *reader) quoteParts(q article.Quote) []span {
	var out []span
	for _, p := range q.Parts {
		if s, ok := r.spanOf(p); ok {
			out = append(out, s)
		}
	}
	return out
}

// spanOf maps a model span to a block span, if it is valid.
func (r *reader) spanOf(s article.Span) (span, bool) {
	b := -1
	switch s.Location {
	case article.LocHeadline:
		b = r.headBlk
	case article.LocStandfirst:
		b = r.standBlk
	case article.LocBody:
		if s.Para >= 0 && s.Para < len(r.paraBlk) {
			b = r.paraBlk[s.Para]
		}
	}
	if b < 0 || s.Start < 0 || s.End < s.Start || s.End > len(r.blocks[b].text) {
		return span{}, false
	}
	return span{b, s.Start, s.End}, true
}

// setMatches installs search results and makes the first match at or after
// the top of the screen current.
func (r *reader) setMatches(ms []span) {
	topOff := 0
	if len(r.blocks) > 0 {
		if topOff = r.topOffset(); topOff > len(r.blocks[r.top.block].text) {
			topOff = 0
		}
	}
	r.remodel(func() {
		r.matches = ms
		r.matchIdx = map[int][]int{}
		r.current = -1
		for i, s := range ms {
			r.matchIdx[s.block] = append(r.matchIdx[s.block], i)
		}
	})
	if len(ms) == 0 {
		return
	}
	r.current = sort.Search(len(ms), func(i int) bool {
		return ms[i].block > r.top.block || (ms[i].block == r.top.block && ms[i].start >= topOff)
	})
	if r.current == len(ms) {
		r.current = 0
	}
	r.reveal(ms[r.current].block, ms[r.current].start)
}

// step moves the current match by d (wrapping) and shows it.
func (r *reader) step(d int) {
	if len(r.matches) == 0 {
		return
	}
	r.current = ((r.current+d)%len(r.matches) + len(r.matches)) % len(r.matches)
	m := r.matches[r.current]
	r.reveal(m.block, m.start)
}

func (r *reader) clearMatches() {
	r.remodel(func() { r.matches, r.matchIdx, r.current = nil, nil, -1 })
}

// view renders the screen: r.height rows, each exactly r.width cells wide.
// Only the rows on screen are wrapped and styled.
func (r *reader) view(st *styles) []string {
	rows := make([]string, 0, r.height)
	p := r.top
	pad := strings.Repeat(" ", r.margin)
	for len(rows) < r.height {
		line := r.renderRow(p, st)
		if r.margin+line.width > r.width { // only when a wide cluster meets a 1-cell window
			line.s, line.width = ansi.Truncate(line.s, r.width-r.margin, ""), r.width-r.margin
		}
		w := r.margin + line.width
		rows = append(rows, pad+line.s+strings.Repeat(" ", max(r.width-w, 0)))
		q, ok := r.next(p)
		if !ok {
			break
		}
		p = q
	}
	blank := strings.Repeat(" ", r.width)
	for len(rows) < r.height {
		rows = append(rows, blank)
	}
	return rows
}

type renderedLine struct {
	s     string
	width int
}

// layer ranks the styles that can cover a byte: a later one wins.
const (
	layerBase = iota
	layerQuote
	layerMatch
	layerCurrent
	layerFlash
)

type mark struct {
	start, end, layer int
}

// renderRow styles one row: the block's base style, then quote spans, search
// matches, the current match and the flash highlight on top, each clipped to
// the row.
func (r *reader) renderRow(p pos, st *styles) renderedLine {
	if rich := r.rich(p.block); rich != nil {
		if p.line >= len(rich) {
			return renderedLine{}
		}
		return renderedLine{rich[p.line], displayWidth(rich[p.line])}
	}
	lines := r.lines(p.block)
	if p.line >= len(lines) {
		return renderedLine{}
	}
	ls := lines[p.line]
	b := r.blocks[p.block]
	text := b.text[ls.start:ls.end]
	var marks []mark
	clip := func(s, e, layer int) {
		s, e = max(s, ls.start), min(e, ls.end)
		if s < e {
			marks = append(marks, mark{s - ls.start, e - ls.start, layer})
		}
	}
	for _, s := range r.quoteSpans[p.block] {
		clip(s.start, s.end, layerQuote)
	}
	for _, i := range r.matchIdx[p.block] {
		layer := layerMatch
		if i == r.current {
			layer = layerCurrent
		}
		clip(r.matches[i].start, r.matches[i].end, layer)
	}
	for _, s := range r.flash {
		if s.block == p.block {
			clip(s.start, s.end, layerFlash)
		}
	}
	base := st.baseStyle(b.kind)
	width := displayWidth(text)
	if len(marks) == 0 {
		return renderedLine{base.Render(text), width}
	}
	snapToClusters(text, marks)
	// Cut the row at every mark edge and style each piece by its top layer.
	cuts := []int{0, len(text)}
	for _, m := range marks {
		cuts = append(cuts, m.start, m.end)
	}
	sort.Ints(cuts)
	var sb strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		s, e := cuts[i], cuts[i+1]
		if s == e {
			continue
		}
		layer := layerBase
		for _, m := range marks {
			if m.start <= s && e <= m.end && m.layer > layer {
				layer = m.layer
			}
		}
		sb.WriteString(st.layerStyle(layer, base).Render(text[s:e]))
	}
	return renderedLine{sb.String(), width}
}

// snapToClusters widens each mark in text to whole grapheme clusters. A
// mark edge inside a cluster — "©" searched in the emoji sequence
// "©\u200d👧", a quote span ending before a combining accent — would put a
// style sequence inside the cluster, and the terminal would then draw its
// pieces as separate cells, wider than the row was wrapped and measured.
// The cost is one pass over the row, and none for ASCII.
func snapToClusters(text string, marks []mark) {
	if isASCII(text) {
		return
	}
	starts := []int{}
	for i := 0; i < len(text); {
		starts = append(starts, i)
		c, _ := ansi.FirstGraphemeCluster(text[i:], ansi.GraphemeWidth)
		i += max(len(c), 1)
	}
	starts = append(starts, len(text))
	for k := range marks {
		m := &marks[k]
		m.start = starts[sort.SearchInts(starts, m.start+1)-1] // the cluster start at or before
		m.end = starts[sort.SearchInts(starts, m.end)]         // the cluster end at or after
	}
}

package ui

import (
	"sort"

	tea "charm.land/bubbletea/v2"
)

// setFull puts the whole article in the head's place (see Config.Full). The
// head is the whole article's start parsed alone, so their first blocks are
// the same text: the reader keeps its size, its top line, the search, the
// highlight and the pane as they were, and moves to the end when G was the
// last key. Then the work that needs the whole article starts: the analysis,
// the remembered position (which applies only if the reader has not moved)
// and the search again, over the whole text.
func (m *Model) setFull(msg fullMsg) tea.Cmd {
	if !m.partial {
		return nil
	}
	// Full holds the file's bytes (10 MB for a 10 MB file): let them go.
	m.partial, m.cfg.Full = false, nil
	if msg.err != nil {
		m.err = msg.err
		return tea.Quit
	}
	old := &m.rd
	rd := newReader(msg.a)
	rd.setTheme(old.isDark, old.noColor)
	rd.setSize(old.width, old.height)
	same := sameBlocks(old, &rd)
	rd.top = carryPos(old, &rd, old.top, same)
	m.anchor = carryPos(old, &rd, m.anchor, same)
	var flash []span
	for _, s := range old.flash {
		if s.block < same {
			flash = append(flash, s)
		}
	}
	rd.flash = flash
	m.a, m.rd = msg.a, rd
	m.captions.captions = msg.a.Captions
	if m.wantEnd {
		m.rd.end()
		m.wantEnd = false
	}
	cmds := m.articleCmds()
	if m.query != "" {
		m.searchSeq++
		cmds = append(cmds, searchCmd(m.searchSeq, m.query, m.rd.texts))
	}
	return tea.Batch(cmds...)
}

// sameBlocks is the number of leading blocks that old and rd hold alike.
func sameBlocks(old, rd *reader) int {
	n := 0
	for n < len(old.blocks) && n < len(rd.blocks) && old.blocks[n] == rd.blocks[n] {
		n++
	}
	return n
}

// carryPos is position p of old in rd: the same block and line when the
// blocks up to it are alike (same text, same width, so the same wrap), else
// the line of rd that holds the byte of the document p started with.
func carryPos(old, rd *reader, p pos, same int) pos {
	if p.block < same {
		if p.line >= rd.rows(p.block) {
			p.line = rd.rows(p.block) - 1
		}
		return p
	}
	if p.block >= len(old.blocks) {
		return pos{}
	}
	off := old.offsets[p.block] + min(old.offsetOf(p), len(old.blocks[p.block].text))
	b := sort.Search(len(rd.blocks), func(i int) bool { return rd.offsets[i+1] > off })
	if b >= len(rd.blocks) {
		return rd.last()
	}
	return rd.posOf(b, off-rd.offsets[b])
}

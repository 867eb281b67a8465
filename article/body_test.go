package article

import (
	"reflect"
	"testing"
)

// TestParagraphJoining pins when consecutive lines of a block are one
// paragraph, on real lines from Wikinews interviews and the seed.
func TestParagraphJoining(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"interview lines are separate paragraphs",
			"So, how are you doing?\n((WN)) I am doing well.\n((WN)) Can you tell us something about yourself?",
			[]string{"So, how are you doing?", "((WN)) I am doing well.", "((WN)) Can you tell us something about yourself?"}},
		{"hard-wrapped paragraph is joined",
			"The Defence Secretary is set to convene the next meeting of the\n“coalition of the willing” next week, as the head of the British armed\nforces has been in Kyiv for discussions with Volodymyr Zelensky.",
			[]string{"The Defence Secretary is set to convene the next meeting of the “coalition of the willing” next week, as the head of the British armed forces has been in Kyiv for discussions with Volodymyr Zelensky."}},
		{"a short last line ends the paragraph",
			"John Healey will host defence ministers in Brussels alongside his\nFrench counterpart on Thursday.\nHe will then chair the Ukraine Defence Contact Group.",
			[]string{"John Healey will host defence ministers in Brussels alongside his French counterpart on Thursday.", "He will then chair the Ukraine Defence Contact Group."}},
		{"long lines are paragraphs of their own",
			"While many transactions in Africa occur using U.S. dollars or euros, the AU announced an electronic pan-African payment system.\nAfrican Export–Import Bank president Okey Oramah said the use of third-party currencies costs Africa money.",
			[]string{"While many transactions in Africa occur using U.S. dollars or euros, the AU announced an electronic pan-African payment system.", "African Export–Import Bank president Okey Oramah said the use of third-party currencies costs Africa money."}},
		{"a sentence running on in lower case is joined",
			"And that doesn't mean everybody in the world. That could possibly mean just your close friend. So don't assume anyone will\nsee it.",
			[]string{"And that doesn't mean everybody in the world. That could possibly mean just your close friend. So don't assume anyone will see it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseString(t, "Headline\n\n"+tt.in+"\n")
			if len(a.Captions) != 0 {
				t.Errorf("captions %v", a.Captions)
			}
			if !reflect.DeepEqual(a.Paragraphs, tt.want) {
				t.Errorf("paragraphs = %q\nwant %q", a.Paragraphs, tt.want)
			}
		})
	}
}

// TestCaptionAfterTextInABlock: a caption printed right after a paragraph,
// with no blank line between, is still a caption.
func TestCaptionAfterTextInABlock(t *testing.T) {
	const p = "Chief of the Defence Staff Sir Tony Radakin has been in Kyiv with his French counterpart, and met Mr Zelensky on Friday, as talks with military planners continued."
	for _, in := range []string{
		p + "\n" + cap2 + cap2,
		p + "\n" + cap2,
		"John Healey will host defence ministers in Brussels alongside his\nFrench counterpart on Thursday.\n" + cap2 + cap2,
	} {
		a := parseString(t, "Headline\n\n"+in+"\nNext paragraph.\n")
		want := []Caption{{"Chief of the Defence Staff Admiral Sir Tony Radakin", "Andrew Matthews/PA", 1}}
		if !reflect.DeepEqual(a.Captions, want) || len(a.Paragraphs) != 2 {
			t.Errorf("%q:\ncaptions %v, paragraphs %q", in, a.Captions, a.Paragraphs)
		}
	}
}

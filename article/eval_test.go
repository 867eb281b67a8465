package article_test

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"byline/article"
	"byline/internal/eval"
)

var (
	verboseEval = flag.Bool("eval.v", false, "print every miss of the ratchet evaluation")
	raiseFloor  = flag.Bool("eval.raise", false, "raise testdata/floor.json to the figures measured now (never lowers)")
)

// floorFile records the lowest figures the dev set may score. It lives
// beside (not in) testdata/gold so that score.py, which reads every *.json of
// the gold folder, never mistakes it for a gold file.
const floorFile = "../testdata/floor.json"

// scoreDevSet parses every article of testdata/gold with article.Parse and
// scores the result with the port of score.py.
func scoreDevSet(t testing.TB) eval.Result {
	golds, err := eval.LoadGold("../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) == 0 {
		t.Fatal("no gold files in testdata/gold")
	}
	preds := make([]*eval.Pred, len(golds))
	for i, g := range golds {
		src, err := os.ReadFile(filepath.Join("../testdata/articles", g.File))
		if err != nil {
			t.Fatalf("gold %s: %v", g.File, err)
		}
		a, err := article.Parse(g.File, src)
		if err != nil {
			t.Errorf("parse %s: %v", g.File, err)
			continue
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var p eval.Pred
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		preds[i] = &p
	}
	return eval.Score(golds, preds)
}

// TestRatchet fails when any figure on the dev set drops below the floor in
// testdata/floor.json. Raise the floor whenever the figures rise.
func TestRatchet(t *testing.T) {
	res := scoreDevSet(t)
	t.Log(res.String())
	if *verboseEval {
		for _, m := range res.Misses {
			t.Log(m)
		}
	}
	b, err := os.ReadFile(floorFile)
	if err != nil {
		t.Fatal(err)
	}
	var floor map[string]float64
	if err := json.Unmarshal(b, &floor); err != nil {
		t.Fatalf("%s: %v", floorFile, err)
	}
	got := map[string]float64{}
	rb, _ := json.Marshal(res)
	if err := json.Unmarshal(rb, &got); err != nil {
		t.Fatal(err)
	}
	if *raiseFloor {
		for k, v := range got {
			if _, tracked := floor[k]; !tracked {
				continue
			}
			if t := math.Floor(v*1000) / 1000; t > floor[k] {
				floor[k] = t
			}
		}
		b, _ := json.MarshalIndent(floor, "", "  ")
		if err := os.WriteFile(floorFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for k, min := range floor {
		v, ok := got[k]
		if !ok {
			t.Errorf("floor names %q, which the scorer does not report", k)
			continue
		}
		if v < min-1e-9 {
			t.Errorf("%s = %.3f, below the floor %.3f", k, v, min)
		}
	}
}

package pipeline

import (
	"context"
	"crosscheck/analysis"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runArticles runs the whole pipeline on small articles given as
// file name -> text (with the seed header line for the date).
func runArticles(tb testing.TB, files map[string]string) *analysis.Report {
	tb.Helper()
	dir := tb.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	rep, err := Run(context.Background(), Config{Inputs: []string{dir}, Workers: 1})
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

// classes lists the discrepancies as "kind/class subject".
func classes(rep *analysis.Report) []string {
	var out []string
	for _, d := range rep.Discrepancies {
		out = append(out, d.Kind+"/"+d.Class+" "+d.Subject)
	}
	slices.Sort(out)
	return out
}

func page(date, title string, paragraphs ...string) string {
	return " date " + date + " " + title + "\n" + title + "\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
}

func TestDiscrepanciesFromArticles(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name: "conflicting sources",
			files: map[string]string{
				"a.txt": page("2024-10-18", "Spy agency says troops sent", "South Korea's spy agency said on Friday that North Korea had sent 12,000 troops to Russia."),
				"b.txt": page("2024-11-04", "US gives lower figure", "The United States said on Monday that nearly 8,000 North Korean soldiers were positioned near the border."),
			},
			want: []string{"numeric/conflicting North Korea: troops"},
		},
		{
			name: "revised by the same source",
			files: map[string]string{
				"a.txt": page("2023-08-12", "Hundreds missing in Maui", "Maui County said on Saturday that 2,000 people were missing in Hawaii after the fires."),
				"b.txt": page("2023-08-20", "Missing list shrinks", "Maui County said on Sunday that 850 people were still missing in Hawaii."),
			},
			want: []string{"numeric/revised Hawaii: missing"},
		},
		{
			name: "rising tally is not flagged",
			files: map[string]string{
				"a.txt": page("2023-02-07", "Quake toll rises", "The death toll in Turkey rose to 3,400 on Tuesday, the disaster agency said."),
				"b.txt": page("2023-02-09", "Quake toll climbs", "The death toll in Turkey rose to 12,000 on Thursday, the disaster agency said."),
			},
			want: nil,
		},
		{
			name: "internal: headline against body",
			files: map[string]string{
				"a.txt": page("2023-09-12", "Flood kills 470 in Libya", "The floods killed 471 people in Libya, officials said on Tuesday."),
			},
			want: []string{"numeric/internal Libya: killed"},
		},
		{
			name: "stance split and change",
			files: map[string]string{
				"a.txt": page("2024-10-19", "Pentagon cannot confirm", "The Pentagon said it could not confirm the deployment of North Korean troops to Russia."),
				"b.txt": page("2024-10-29", "Pentagon confirms", "The Pentagon confirmed that North Korean troops had been deployed to Russia."),
				"c.txt": page("2024-10-22", "Moscow denies", "Russia denied reports that North Korean troops were in Russia, calling them \"fake news\"."),
			},
			want: []string{"stance/changed North Korea: troops", "stance/split North Korea: troops"},
		},
		{
			name: "figures tied to no place are not compared across articles",
			files: map[string]string{
				"a.txt": page("2024-03-01", "Rescue teams arrive", "Rescue teams arrived on Monday with 12 search dogs, officials said."),
				"b.txt": page("2024-05-09", "Dogs help rescuers", "Volunteers said on Thursday that 90 search dogs had joined the effort."),
			},
			want: nil,
		},
		{
			name: "different measures are never compared",
			files: map[string]string{
				"a.txt": page("2023-02-08", "Quake in Syria", "Officials said 812 people were killed in Syria.", "Officials said 1,449 people were injured in Syria."),
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := runArticles(t, tt.files)
			got := classes(rep)
			if !slices.Equal(got, tt.want) {
				var b strings.Builder
				for _, c := range rep.Claims {
					b.WriteString("  " + string(c.Kind) + " " + c.Text + " " + string(c.Polarity) + " | " + c.Source + " | " + c.Subject + " | " + c.SaidOn.String() + "\n")
				}
				t.Errorf("discrepancies = %q, want %q\nclaims:\n%s", got, tt.want, b.String())
			}
		})
	}
}

func TestSyndicatedCopyCountsOnce(t *testing.T) {
	wire := "Some 12,000 North Korean troops have been sent to Russia, officials said."
	rep := runArticles(t, map[string]string{
		"a.txt": page("2024-10-18", "Troops sent", wire),
		"b.txt": page("2024-10-18", "Troops sent to Russia", wire+" The deployment drew condemnation in Seoul."),
		"c.txt": page("2024-10-18", "North Korean troops", wire+" Analysts expect more to follow."),
		"d.txt": page("2024-11-04", "Lower estimate", "The United States said nearly 8,000 North Korean soldiers were in Russia."),
	})
	var found bool
	for _, d := range rep.Discrepancies {
		if d.Kind == "numeric" {
			found = true
			if d.Sources != 2 {
				t.Errorf("independent sources = %d, want 2 (three copies of one wire story and the US): %s", d.Sources, d.Summary)
			}
		}
	}
	if !found {
		t.Fatalf("no numeric discrepancy: %q", classes(rep))
	}
}

package analysis

import (
	"slices"
	"testing"
)

func TestParseReviewStatus(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"", ReviewOpen, true},
		{"New", ReviewOpen, true},
		{" open ", ReviewOpen, true},
		{"CONFIRMED", ReviewConfirmed, true},
		{"follow up", ReviewFollowUp, true},
		{"Follow\u2011Up", ReviewFollowUp, true},
		{"follow_up", ReviewFollowUp, true},
		{"Dismissed", ReviewDismissed, true},
		{"Done", "", false},
	} {
		got, ok := ParseReviewStatus(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseReviewStatus(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if ok && !slices.Contains(ReviewStatuses, got) {
			t.Errorf("ParseReviewStatus(%q) = %q, not a review status", tc.in, got)
		}
	}
}

func TestReviewGiven(t *testing.T) {
	for _, tc := range []struct {
		rv   *Review
		want bool
	}{
		{nil, false},
		{&Review{}, false},
		{&Review{Status: "open", Notes: "  \n"}, false},
		{&Review{Status: "New"}, false},
		{&Review{Status: ReviewConfirmed}, true},
		{&Review{Status: ReviewOpen, Notes: "call"}, true},
		{&Review{Status: "Done"}, true}, // not a review status: shown as written
	} {
		if got := tc.rv.Given(); got != tc.want {
			t.Errorf("%+v.Given() = %v, want %v", tc.rv, got, tc.want)
		}
	}
}

// Package stance finds statements of position in a sentence (asserted,
// denied, unconfirmed, conditional), the cue that decided each and the
// proposition it is about, hedges ("reportedly"), and the date a
// statement was made (SaidOn: "on Monday", "last week" resolved against
// the article's date).
//
// In: a sentence (and the article's date). Out: cues with polarity and
// spans; hedges; a said-on date.
package stance

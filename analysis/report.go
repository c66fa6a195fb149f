package analysis

// The classes of discrepancy, as Discrepancy.Class spells them (the
// comparison, in package compare, gives them).
const (
	ClassConflicting = "conflicting"      // different sources, figures that cannot all be true
	ClassRevised     = "revised"          // the same source changed its figure
	ClassTally       = "rising tally"     // the text reports a growing count
	ClassInternal    = "internal"         // one article contradicts itself
	ClassSplit       = "split"            // some sources assert what others deny or cannot confirm
	ClassChanged     = "changed"          // one source's position changed over time
	ClassBreak       = "trajectory break" // a cumulative count falls below an earlier one
)

// RunDate is the night r describes, YYYY-MM-DD: its Night, or else the
// date of its Generated time ("0000-00-00" when it has neither). It names
// the report's files and fixes their creation time, so the same input
// gives the same files.
func (r *Report) RunDate() string {
	if r.Night != "" {
		return r.Night
	}
	if len(r.Generated) >= 10 {
		return r.Generated[:10]
	}
	return "0000-00-00"
}

package annotation

// DefaultClaimTypes is the claim vocabulary a new library starts with. Claim
// types are tags: an annotation tagged "forecast" is a forecast claim. The
// user can add more.
var DefaultClaimTypes = []string{"claim", "number", "forecast", "denial", "attribution"}

// ClaimTypes returns the annotation's tags that are claim types in vocab.
func (an *Annotation) ClaimTypes(vocab []string) []string {
	var out []string
	for _, t := range an.Tags {
		for _, v := range vocab {
			if TagKey(t) == TagKey(v) {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// Package acceptance holds the end-to-end checks that .ci/run runs against
// the built tandem binary, the way a user runs it. They need the build tag
// acceptance and two variables: TANDEM_BIN, the binary, and TANDEM_SEEDS, a
// folder of articles in the digest format.
package acceptance

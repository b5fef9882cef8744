package sharedtest

import (
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A missing file skips the test for a user; under PERSIAN_REQUIRE_SHARED
// it fails it (checked in a child process, so that this test passes).
func TestMissingSharedDataSkipsForUsersAndFailsInCI(t *testing.T) {
	const missing = "no/such/file.conllu"
	if os.Getenv("SHAREDTEST_CHILD") == "1" {
		Path(t, missing)
		return
	}
	t.Setenv(EnvRequire, "")
	skipped := false
	t.Run("user", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Path(t, missing)
	})
	assert.True(t, skipped, "without %s a missing file skips", EnvRequire)

	cmd := exec.Command(os.Args[0], "-test.run=^TestMissingSharedDataSkipsForUsersAndFailsInCI$")
	cmd.Env = append(os.Environ(), "SHAREDTEST_CHILD=1", EnvRequire+"=1")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "with %s a missing file fails the test:\n%s", EnvRequire, out)
	assert.Contains(t, string(out), "is required")
}

// Package sharedtest finds the project's shared evaluation data for tests:
// the corpora, treebanks and the sample page that live beside the module
// in a development checkout (../shared), and that a user's clone does not
// have. A test that needs them skips when they are missing, unless the
// environment variable PERSIAN_REQUIRE_SHARED is set (CI sets it), and
// then it fails, so that a conformance test can never pass by not running.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// EnvRequire is the environment variable that turns a skip into a failure.
const EnvRequire = "PERSIAN_REQUIRE_SHARED"

// Path returns the path of rel inside the shared data directory, or skips
// the test (fails it, under PERSIAN_REQUIRE_SHARED) when it is missing.
func Path(t testing.TB, rel string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	p := filepath.Join(root, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		if os.Getenv(EnvRequire) != "" {
			t.Fatalf("shared data %s is required (%s is set) but missing: %v", rel, EnvRequire, err)
		}
		t.Skipf("shared data %s not found beside the module: %v", rel, err)
	}
	return p
}

package date

import (
	"sync"
	"time"

	// Embedded so that Asia/Tehran resolves on machines without zoneinfo.
	_ "time/tzdata"
)

// tehranOffset is Iran Standard Time, +03:30, used only if the embedded
// zone database somehow fails to load.
const tehranOffset = 3*3600 + 30*60

var tehran = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Asia/Tehran")
	if err != nil {
		return time.FixedZone("+0330", tehranOffset)
	}
	return loc
})

// Tehran returns the Asia/Tehran location, the default location of this
// package. It includes Iran's daylight saving time, observed until 2022.
func Tehran() *time.Location { return tehran() }

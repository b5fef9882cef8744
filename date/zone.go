package date

//go:generate go run gen_tehran.go

import (
	"sync"
	"time"
)

// tehranOffset is Iran Standard Time, +03:30, used only if the embedded
// zone data fails to load, which the tests rule out.
const tehranOffset = 3*3600 + 30*60

// tehran is built from the zone data embedded in tehran_tzdata.go (the IANA
// database's Asia/Tehran, 812 bytes), not from the machine's zoneinfo: the
// package works where there is none, gives the same instants on every
// machine, and leaves the choice of time/tzdata (about 450 KB) to
// programs, as Go's documentation asks of libraries.
var tehran = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocationFromTZData("Asia/Tehran", []byte(tehranTZif))
	if err != nil {
		return time.FixedZone("+0330", tehranOffset)
	}
	return loc
})

// Tehran returns the Asia/Tehran location, the default location of this
// package, from the copy of the IANA time zone database's rules for
// Tehran embedded in the package. It includes Iran's daylight saving time, observed until
// 2022. A program that wants the machine's zone database instead can set
// Parser.Location to time.LoadLocation("Asia/Tehran").
func Tehran() *time.Location { return tehran() }

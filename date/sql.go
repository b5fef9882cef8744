package date

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Value implements driver.Valuer: a Date goes to a database as the
// Gregorian day it names, a time.Time at midnight UTC, which drivers store
// in DATE columns as that day, so that SQL compares and sorts the dates
// correctly. The zero Date is NULL.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	y, m, day := d.Gregorian()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC), nil
}

// Scan implements sql.Scanner. It accepts NULL (the zero Date), a
// time.Time (the day it falls on in its own location, as drivers return
// DATE columns), and text, read as ParseLenient reads a date: for
// YYYY-MM-DD, a year in 1200–1599 is Solar Hijri (the form MarshalText
// writes) and any other four-digit year Gregorian (the form databases
// print DATE columns in, 2025-03-23, also with a clock after it). Relative
// dates are not accepted. The receiver's rule is kept.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		e, err := d.rule.FromTime(v)
		if err != nil {
			return err
		}
		*d = e
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	}
	return &DateError{Op: "Scan", Reason: fmt.Sprintf("cannot scan a %T into a Date", src), Err: ErrNoSuchDate}
}

func (d *Date) scanText(s string) error {
	p := Parser{Rule: d.rule}
	var r reading
	if err := p.parseLenient(s, &r); err != nil {
		return err
	}
	if r.relative || r.nparts != 1 {
		return &ParseError{Input: s, Reason: "not one absolute date", Err: ErrNoSuchDate}
	}
	*d = r.date
	return nil
}

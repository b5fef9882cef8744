package main

import (
	"io"
	"os"
	"strconv"
	"sync"
	"time"
)

// regularSize returns the size of f when it is a regular file, or -1.
func regularSize(f *os.File) int64 {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return -1
	}
	return fi.Size()
}

// A progressLine redraws one line on a terminal, in place, with the bytes
// read so far, the rate, and the share of the input when its size is
// known. It stays silent for short runs: the first line comes after delay.
type progressLine struct {
	mu      sync.Mutex
	w       io.Writer
	read    func() int64
	total   int64 // bytes of input, or -1 when unknown (a pipe)
	start   time.Time
	width   int // of the line on screen, to clear it
	stop    chan struct{}
	stopped chan struct{}
}

func startProgress(w io.Writer, read func() int64, total int64, delay, every time.Duration) *progressLine {
	p := &progressLine{w: w, read: read, total: total, start: time.Now(), stop: make(chan struct{}), stopped: make(chan struct{})}
	go func() {
		defer close(p.stopped)
		t := time.NewTimer(delay)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.draw()
				t.Reset(every)
			}
		}
	}()
	return p
}

func (p *progressLine) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.read()
	secs := time.Since(p.start).Seconds()
	line := "normalize: " + formatMB(n) + " read, " + formatRate(float64(n)/1e6/secs)
	if p.total > 0 {
		line += ", " + formatPercent(n, p.total)
	}
	pad := p.width - len([]rune(line))
	p.width = len([]rune(line))
	for ; pad > 0; pad-- {
		line += " "
	}
	io.WriteString(p.w, "\r"+line)
}

// clear removes the line from the screen; the caller holds p.mu.
func (p *progressLine) clear() {
	if p.width > 0 {
		b := make([]byte, 0, p.width+2)
		b = append(b, '\r')
		for range p.width {
			b = append(b, ' ')
		}
		b = append(b, '\r')
		p.w.Write(b)
		p.width = 0
	}
}

// Write writes a message to the terminal below the progress line: it
// clears the line first, and the next update draws it again.
func (p *progressLine) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	return p.w.Write(b)
}

// end stops the progress line and clears it.
func (p *progressLine) end() {
	close(p.stop)
	<-p.stopped
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
}

func formatMB(n int64) string { return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB" }

func formatRate(mbs float64) string { return strconv.FormatFloat(mbs, 'f', 1, 64) + " MB/s" }

func formatPercent(n, total int64) string {
	return strconv.FormatInt(min(100, n*100/total), 10) + "%"
}

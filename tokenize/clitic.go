package tokenize

const maxWords = 4

func splitClitic(w []byte, start int, words *[maxWords]Span) int { return 1 }

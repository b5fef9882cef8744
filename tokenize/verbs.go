package tokenize

func (s *Scanner) joinVerbs() {}

// In a method, characters of a string or Buffer member named bare are written as through
// `:` (`m_sCode[[1]] = "X"` was an internal error: "the semantic pass accepted code that
// cannot be compiled")
oLabel is CLabel
oLabel.Mask()

CLabel is Class
	m_sCode is string = "ABCDEF"
	m_bufRaw is Buffer = "abc"
END

PROCEDURE CLabel::Mask()
m_sCode[[1]] = "X"
m_sCode[[2 TO 3]] = "yy"
m_bufRaw[[1]] = "Z"
Trace(m_sCode, m_bufRaw) // expect: XyyDEF, Zbc
FOR i = 4 TO 5
	m_sCode[[i]] = "*"
END
:m_sCode[[6]] = "!"
Trace(m_sCode, Length(m_sCode)) // expect: Xyy**!, 6

// `!=` (C, C#, Java, JavaScript) in ported code: WLanguage writes <>; the error says so
// instead of "unexpected character '!'".
nStock is int = 3
IF nStock != 0 THEN Trace("in stock") // expect error: '!=' is no WLanguage operator: 'different from' is written <>

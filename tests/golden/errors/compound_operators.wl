// WLanguage's compound assignments are += and -= only (help ?1512008): *= says what to
// write instead
n is int = 2
n += 3
n -= 1
Trace(n)
n *= 3 // expect error: '*=' is not a WLanguage operator (only += and -= are): write n = n * ...

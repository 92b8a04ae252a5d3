// Code ported from C#, Java or C (and WLanguage written from memory) declares the type
// first; WLanguage writes the name first. The error names the line's two words and says
// how to write the declaration.
nTotal is int = 3
int nCount = 0 // expect error: 'int nCount' is no WLanguage declaration (the name comes first): write nCount is int = ...
Trace(nTotal + nCount)

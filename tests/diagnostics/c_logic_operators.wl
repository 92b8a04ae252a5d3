// C's logical operators in a condition (code ported from C#, Java or JavaScript, and
// WLanguage written from memory): WLanguage compiles them to something else, silently.
// `a = 1 && b = 2` is `a = (1 & &b) = 2` (a binary AND with b's address) and `a = 1 || b
// = 2` is `a = (1 || b) = 2` (`||` is the binary exclusive OR, ?1512009), so wl check
// warns (WL224) and names the logical operators. `||` between two numbers stays the
// exclusive OR, without a word. Visual Basic's `&` joining texts is the binary AND too.
nQty is int = 1
nStock is int = 2
IF nQty = 1 && nStock = 2 THEN Trace("both") // warning: WL224:13 '&&' is no logical operator in WLanguage: here it is a binary AND (&) with the address (&) of what follows; a logical AND is written AND (ET), or _AND_ (_ET_)
IF nQty = 1 || nStock = 3 THEN Trace("either") // warning: WL224:13 '||' is no logical operator in WLanguage: here it is WLanguage's binary exclusive OR (?1512009), read before the comparisons around it; a logical OR is written OR (OU), or _OR_ (_OU_)
IF (nQty = 1) || (nStock = 3) THEN Trace("either") // warning: WL224:15 '||' is no logical operator in WLanguage: here it is WLanguage's binary exclusive OR (?1512009); a logical OR is written OR (OU), or _OR_ (_OU_)
Trace(nQty || nStock, 12 || 10)
sName is string = "Smith"
sFull is string = "Mr " & sName // warning: WL224:25 '&' is WLanguage's binary AND (?1512009), not Visual Basic's concatenation: texts are joined with +
Trace(sFull)

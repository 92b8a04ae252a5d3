// LoadParameter gives back a text, whatever SaveParameter was given: a number comes
// back as its digits, a boolean as "1"/"0", a missing parameter's default as text too.
// Assigned to a typed variable it converts as any text does; `+` on it joins texts.
// *Decided* 6 Dec 2026, FS (docs/builtins.md "Parameters store"): the LoadParameter page
// is not stored (searched again); WINDEV keeps these values in the registry, as text.
// French twin chargeparametre_texte_fr.wl.
sStore is string = fTempFile("par")
SaveParameter("RunCount", 12, sStore)
SaveParameter("Ratio", 1.5, sStore)
SaveParameter("Enabled", True, sStore)
Trace(TypeVar(LoadParameter("RunCount", 0, sStore)) = wlString) // expect: 1
Trace(LoadParameter("RunCount", 0, sStore) + 1) // expect: 121
nCount is int = LoadParameter("RunCount", 0, sStore)
nCount++
Trace(nCount) // expect: 13
rRatio is real = LoadParameter("Ratio", 0, sStore)
Trace(rRatio * 2) // expect: 3
bEnabled is boolean = LoadParameter("Enabled", False, sStore)
Trace(LoadParameter("Enabled", False, sStore), bEnabled) // expect: 1, 1
// the default, when the parameter was never saved, comes back as text too
Trace(TypeVar(LoadParameter("Missing", 5, sStore)) = wlString, Val(LoadParameter("Missing", 5, sStore)) + 1) // expect: 1, 6
fDelete(sStore)

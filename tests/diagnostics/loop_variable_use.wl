// a variable gone through by FOR EACH alone (a jsonReader: `FOR EACH reader`, ?1510029)
// is used: no WL201 "declared but never used"
Reader is jsonReader = JSONOpenReader(fTempPath() + fSep() + "absent.json")
FOR EACH Reader
	Trace("element")
END
nUnused is int // warning: WL201:1 'nUnused' is declared but never used

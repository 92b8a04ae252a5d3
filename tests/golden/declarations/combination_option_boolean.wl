// `o[Option]` on a combination is a boolean, True when the option is set (help page
// ?1514074: `IF FileAction[WriteFile] THEN`): TypeVar says wlBoolean, it equals True or
// False, and it shows as 1 / 0 as every boolean does (docs/semantics.md "Booleans print
// as 1 / 0"), true / false in JSON.
CombinationType is Combination
	CreateFile
	ReadFile
	WriteFile
	DeleteFile
END
FileAction is CombinationType = ReadFile + WriteFile
Trace(FileAction[WriteFile], FileAction[DeleteFile])   // expect: 1, 0
Trace(TypeVar(FileAction[WriteFile]) = wlBoolean)   // expect: 1
Trace(FileAction[ReadFile] = True, FileAction[CreateFile] = False)   // expect: 1, 1
v is Variant = FileAction[ReadFile]
Trace(v..Type = wlBoolean)   // expect: 1
Trace(VariantToJSON(FileAction[DeleteFile]))   // expect: false
b is boolean = FileAction[ReadFile + WriteFile]
IF b THEN Trace("read and write")   // expect: read and write

// a zipArchive's ..Count is read only: giving it a value stops (WL106 in wl check, in the
// run's words); docs/builtins.md "Archives" (INFERRED)
MyArchive is zipArchive
MyArchive..Count = 5 // expect error: A zipArchive's Count is read, never assigned: it is how many files the archive holds (zipAddFile, zipDeleteFile change it)

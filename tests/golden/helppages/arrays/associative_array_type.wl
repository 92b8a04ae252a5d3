// Help page "Associative array (Variable type)" (doc.windev.com ?1514058): its example as
// written (the files do not exist, so fSize gives -1 for both).
// Fills an associative array with the sizes of files
aaFileSize is associative array of int
aaFileSize["File1.txt"] = fSize("File1.txt")
aaFileSize["File2.txt"] = fSize("File2.txt")

// Retrieves the size of a file
Trace(aaFileSize["File2.txt"]) // expect: -1

// Iterates over file sizes
sFile is string
nSize is int

// sFile is used to get the search key of the associative array
FOR EACH ELEMENT nSize,sFile OF aaFileSize
	Trace(StringBuild("%1: %2", sFile, nSize)) 
END
// expect: File1.txt: -1
// expect: File2.txt: -1

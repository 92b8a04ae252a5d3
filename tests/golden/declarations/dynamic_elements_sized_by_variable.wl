// `array of n CDocument dynamic`: n is the array's size and CDocument dynamic its
// elements (references, Null until `new`); the size was taken for a second dimension and
// the type lost (an empty variant)
CDocument is a Class
	Title is string
END
nCount is int = 3
arrDocs is array of nCount CDocument dynamic
Trace(arrDocs.Count, arrDocs[1] = Null) // expect: 3, 1
arrDocs[2] = new CDocument
arrDocs[2].Title = "Quote"
Trace(arrDocs[2].Title, arrDocs[3] = Null) // expect: Quote, 1
arrPlain is array of nCount CDocument
Trace(arrPlain[1] = Null, arrPlain.Count) // expect: 0, 3
arrMore is array of nCount CDocuments dynamic
Trace(arrMore.Count, arrMore[1] = Null) // expect: 3, 1

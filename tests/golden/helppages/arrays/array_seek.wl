// Help page <Array>.Seek (?1000024302): the example of the French page written with the
// English names, with a Trace in place of the Info that shows the stated result.
arrMyArray is array of 0 string
// Fill the array
arrMyArray.Add("WINDEV")
arrMyArray.Add("WEBDEV")
arrMyArray.Add("WINDEV and WEBDEV")
// Seek "WINDEV"
ResSubscript is int
ResSubscript = arrMyArray.Seek(asLinearFirst, "WINDEV")
Trace("The WINDEV string is at subscript: " + ResSubscript)
// expect: The WINDEV string is at subscript: 1

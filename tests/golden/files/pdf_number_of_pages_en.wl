// PDFNumberOfPages: the page count a PDF file states (no stored page: INFERRED,
// docs/builtins.md "PDF page count"); a path or the PDF's bytes; -1 and ErrorOccurred
// for a file that is not a PDF or is missing.
sPDF is string = "%PDF-1.4" + LF + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj" + LF
sPDF += "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >> endobj" + LF
sPDF += "3 0 obj << /Type /Page /Parent 2 0 R >> endobj" + LF
sPDF += "4 0 obj << /Type /Page /Parent 2 0 R >> endobj" + LF
sPDF += "5 0 obj << /Type /Page /Parent 2 0 R >> endobj" + LF
sPDF += "trailer << /Size 6 /Root 1 0 R >>" + LF + "%%EOF" + LF
sFile is string = CompleteDir(fTempPath()) + "wl_pdfpages_" + Random(1, 999999999) + ".pdf"
fSaveText(sFile, sPDF)
Trace(PDFNumberOfPages(sFile)) // expect: 3
Trace(ErrorOccurred) // expect: 0
bufPDF is Buffer = fLoadBuffer(sFile)
Trace(PDFNumberOfPages(bufPDF, "secret")) // expect: 3
fSaveText(sFile, "not a PDF")
Trace(PDFNumberOfPages(sFile), ErrorOccurred) // expect: -1, 1
Trace(ErrorInfo() [= "PDFNumberOfPages: cannot count the pages of") // expect: 1
fDelete(sFile)
Trace(PDFNumberOfPages(sFile), ErrorOccurred) // expect: -1, 1

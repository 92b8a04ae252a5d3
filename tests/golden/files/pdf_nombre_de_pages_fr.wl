// PDFNombreDePages : le nombre de pages qu'un fichier PDF indique (pas de page d'aide
// stockée : INFERRED, docs/builtins.md "PDF page count") ; un chemin ou les octets du
// PDF ; -1 et ErreurDétectée pour un fichier qui n'est pas un PDF ou qui manque.
sPDF est une chaîne = "%PDF-1.4" + LF + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj" + LF
sPDF += "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj" + LF
sPDF += "3 0 obj << /Type /Page /Parent 2 0 R >> endobj" + LF
sPDF += "4 0 obj << /Type /Page /Parent 2 0 R >> endobj" + LF
sPDF += "trailer << /Size 5 /Root 1 0 R >>" + LF + "%%EOF" + LF
sFichier est une chaîne = CompleteRep(fRepTemp()) + "wl_pdfpages_fr_" + Hasard(1, 999999999) + ".pdf"
fSauveTexte(sFichier, sPDF)
Trace(PDFNombreDePages(sFichier)) // expect: 2
Trace(ErreurDétectée) // expect: 0
bufPDF est un Buffer = fChargeBuffer(sFichier)
Trace(pdfnombredepages(bufPDF, "secret")) // expect: 2
fSauveTexte(sFichier, "pas un PDF")
Trace(PDFNombreDePages(sFichier), ErreurDetectee) // expect: -1, 1
fSupprime(sFichier)
Trace(PDFNombreDePages(sFichier), ErreurDétectée) // expect: -1, 1

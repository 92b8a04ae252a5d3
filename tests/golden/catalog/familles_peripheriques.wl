// Les ports série, la téléphonie, les graphes, le dessin, l'impression, les PDF, les
// services Windows, MATLAB et les tâches de Lotus Notes (catalogués depuis la liste des
// noms de PC SOFT) : chaque appel se compile et s'arrête sur une erreur qui nomme sa
// famille quand on l'atteint (le message garde le nom tel que le programme l'écrit).
Essai("série")  // expect: série
// expect: sEcrit is a device function: not available in wlinterp (Bluetooth, sensors, phone, contacts, barcode readers and other devices are not supported).
Essai("tel")  // expect: tel
// expect: telCompose is a device function: not available in wlinterp (Bluetooth, sensors, phone, contacts, barcode readers and other devices are not supported).
Essai("graphe")  // expect: graphe
// expect: grSurfaceAjouteDonnée is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Essai("dessin")  // expect: dessin
// expect: dSauveImagePNG is a drawing/image function: not available in wlinterp (drawing needs an image control or an image editor; images are not decoded).
Essai("impression")  // expect: impression
// expect: iHauteurPage is a printing/report function: not available outside the IDE (reports and printers are not supported).
Essai("pdf")  // expect: pdf
// expect: PDFFusionne is a PDF document function: not implemented by wlinterp (PDF files are neither read nor written).
Essai("service")  // expect: service
// expect: ServiceArrête is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
Essai("matlab")  // expect: matlab
// expect: mlExécute is a function of another product: not available in wlinterp (it drives software wlinterp does not have: Lotus Notes, MATLAB, SAP, Salesforce, Hadoop/HBase, Facebook, a spell checker's dictionaries...).
Essai("tâche")  // expect: tâche
// expect: TâcheAjoute is a function of another product: not available in wlinterp (it drives software wlinterp does not have: Lotus Notes, MATLAB, SAP, Salesforce, Hadoop/HBase, Facebook, a spell checker's dictionaries...).
Essai("liste")  // expect: liste
// expect: FIListeAjoute is a window function: not available outside the IDE (wlinterp runs code without windows).

PROCÉDURE Essai(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "série": Trace(sEcrit(1, "ATZ")) // wl: ignore[WL103]
		CAS "tel": telCompose("0102030405") // wl: ignore[WL103]
		CAS "graphe": grSurfaceAjouteDonnée("GR_Relief", 1, 1, 12) // wl: ignore[WL103]
		CAS "dessin": dSauveImagePNG(IMG_Logo, "logo.png") // wl: ignore[WL103]
		CAS "impression": Trace(iHauteurPage()) // wl: ignore[WL103]
		CAS "pdf": PDFFusionne("tout.pdf", ["a.pdf", "b.pdf"]) // wl: ignore[WL103]
		CAS "service": ServiceArrête("Spooler") // wl: ignore[WL103]
		CAS "matlab": mlExécute("x = 1") // wl: ignore[WL103]
		CAS "tâche": TâcheAjoute() // wl: ignore[WL103]
		CAS "liste": FIListeAjoute(FI_Liste) // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

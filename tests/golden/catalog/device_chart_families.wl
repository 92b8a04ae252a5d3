// Serial ports, charts, drawing, printing, PDF, Windows services, OLE, Lotus Notes and the
// remote access server (catalogued from PC SOFT's list of names): each call compiles and
// stops with an error naming its family when it is reached.
Try("serial")  // expect: serial
// expect: sOpen is a device function: not available in wlinterp (Bluetooth, sensors, phone, contacts, barcode readers and other devices are not supported).
Try("chart")  // expect: chart
// expect: grLegend is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Try("drawing")  // expect: drawing
// expect: dPolygon is a drawing/image function: not available in wlinterp (drawing needs an image control or an image editor; images are not decoded).
Try("printing")  // expect: printing
// expect: iPrintZone is a printing/report function: not available outside the IDE (reports and printers are not supported).
Try("pdf")  // expect: pdf
// expect: PDFMerge is a PDF document function: not implemented by wlinterp (PDF files are neither read nor written).
Try("service")  // expect: service
// expect: ServiceStart is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
Try("ole")  // expect: ole
// expect: OLEEdit is an ActiveX/OLE/.NET function: ActiveX, OLE, COM and .NET are not available.
Try("notes")  // expect: notes
// expect: NotesOpenDatabase is a function of another product: not available in wlinterp (it drives software wlinterp does not have: Lotus Notes, MATLAB, SAP, Salesforce, Hadoop/HBase, Facebook, a spell checker's dictionaries...).
Try("remote")  // expect: remote
// expect: NetOpenRemoteAccess is a socket/HTTP function: not implemented by wlinterp yet.
Try("orgchart")  // expect: orgchart
// expect: OrgAdd is a window function: not available outside the IDE (wlinterp runs code without windows).
Try("audit")  // expect: audit
// expect: dbgEnableAudit is a function of the WINDEV environment: not available outside WINDEV (components, libraries, the profiler and application updates need its runtime).

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "serial": Trace(sOpen("COM1", 2000, 2000)) // wl: ignore[WL103]
		CASE "chart": grLegend("GR_Sales", 1) // wl: ignore[WL103]
		CASE "drawing": dPolygon(3, [1, 2, 3, 4, 5, 6]) // wl: ignore[WL103]
		CASE "printing": iPrintZone("Total", 10, 10, 50, 20) // wl: ignore[WL103]
		CASE "pdf": PDFMerge("invoice.pdf", ["a.pdf", "b.pdf"]) // wl: ignore[WL103]
		CASE "service": ServiceStart("Spooler") // wl: ignore[WL103]
		CASE "ole": OLEEdit("OLE_Doc") // wl: ignore[WL103]
		CASE "notes": NotesOpenDatabase("server", "mail.nsf") // wl: ignore[WL103]
		CASE "remote": NetOpenRemoteAccess("10.0.0.2") // wl: ignore[WL103]
		CASE "orgchart": OrgAdd("ORG_Staff", "Boss") // wl: ignore[WL103]
		CASE "audit": dbgEnableAudit() // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END

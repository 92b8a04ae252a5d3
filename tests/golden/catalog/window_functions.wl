// WINDEV functions that need windows, controls or Windows compile, and fail when reached
// with an error naming the function and its family.
Trace("main code runs")  // expect: main code runs
Essai("table")  // expect: table
// expect: TableDisplay is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("open")  // expect: open
// expect: Open is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("api")  // expect: api
// expect: API is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
Essai("screen")  // expect: screen
// expect: ScreenToFile is a screen/data-binding function: not available outside the IDE (there are no controls to bind).
Essai("page")  // expect: page
// expect: PageDisplay is a WEBDEV page function: not available outside a WEBDEV site.
Essai("looper")  // expect: looper
// expect: LooperAddLine is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("hfsql")  // expect: hfsql
// expect: HCopyFile is an HFSQL data function: not implemented by wlinterp.
Essai("ole")  // expect: ole
// expect: COMCreateInstance is an ActiveX/OLE/.NET function: ActiveX, OLE, COM and .NET are not available.
YesNo("Continue?") // expect error: YesNo is a window function

PROCEDURE Essai(s is string)
WHEN EXCEPTION IN
	Trace(s)
	IF s = "table" THEN TableDisplay(TABLE_Customer)
	IF s = "open" THEN Open(WIN_Main)
	IF s = "api" THEN API("USER32", "MessageBoxA", 0, "x", "y", 0)
	IF s = "screen" THEN ScreenToFile()
	IF s = "page" THEN PageDisplay(PAGE_Home)
	IF s = "looper" THEN LooperAddLine(LOOP_X, "a")
	IF s = "hfsql" THEN HCopyFile(Customer, "c.fic")
	IF s = "ole" THEN COMCreateInstance("Excel.Application")
DO
	Trace(ExceptionInfo(errMessage))
END

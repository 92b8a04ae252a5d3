// `object Automation "server"` declares without a warning; using it is a clear error
xl is object Automation "Excel.Application"
Trace("declared") // expect: declared
xl.Visible = True // expect error: ActiveX/OLE is not available: '.visible'

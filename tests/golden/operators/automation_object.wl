// obj>>Member on an automation (ActiveX/OLE) object parses; running it is a clear error
xl is variant
xl>>Visible = True // expect error: ActiveX/OLE is not available

// An XML configuration file edited in place: settings read (elements by ".",
// attributes by "." and ":"), an attribute changed ("database:port = 4901"), a section
// added when `..Exist` says it is missing, XMLSave then read back (XMLOpen fromFile, a
// multi-line [ ] string). Method b, FS 6 Dec 2026: passes as written. French twin
// config_xml_sur_place_fr.wl.
sConfigFile is string = fTempPath() + "\wl_golden_app_config_" + Random(1, 999999999) + ".xml"
fSaveText(sConfigFile, [
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
	<database server="srv-hf" port="4900">
		<name>Accounting</name>
		<user>admin</user>
	</database>
	<log level="INFO">C:\Logs\app.log</log>
</configuration>
])

xDoc is xmlDocument = XMLOpen(sConfigFile, fromFile)
IF ErrorOccurred THEN
	Trace("Unreadable configuration: " + ErrorInfo())
	RETURN
END
Trace("Database: " + xDoc.configuration.database.name + " on " + xDoc.configuration.database.server + ":" + xDoc.configuration.database:port) // expect: Database: Accounting on srv-hf:4900
// the port and the log level change
xDoc.configuration.database:port = 4901
xDoc.configuration.log:level = "DEBUG"
// a section added when missing
IF NOT xDoc.configuration.mail..Exist THEN
	xDoc.configuration.mail.server = "smtp.example.com"
	xDoc.configuration.mail.server:port = 587
END
XMLSave(xDoc, sConfigFile)
// read back to check
xRead is xmlDocument = XMLOpen(sConfigFile, fromFile)
Trace("Port: " + xRead.configuration.database:port + ", level: " + xRead.configuration.log:level) // expect: Port: 4901, level: DEBUG
Trace("Mail: " + xRead.configuration.mail.server + ":" + xRead.configuration.mail.server:port) // expect: Mail: smtp.example.com:587
Trace("Name kept: " + xRead.configuration.database.name) // expect: Name kept: Accounting
sText is string = fLoadText(sConfigFile)
Trace(Position(sText, "Accounting") > 0, Position(sText, "C:\Logs\app.log") > 0) // expect: 1, 1
fDelete(sConfigFile)

// A class declared keyword first, as C++, C# and Java write it and as web pages show
// WINDEV classes written from memory ("CLASS cGateway ... END", "CLASSE CConfig ... FIN
// CLASSE" with its methods inside): the error names WLanguage's form (name first, END,
// then the methods as PROCEDURE Class::Method) instead of "unexpected 'cInvoiceStore'".
CLASS cInvoiceStore // expect error: 'CLASS cInvoiceStore' is no WLanguage declaration (the name comes first): write cInvoiceStore is Class, its members, then END; its methods follow that END, each PROCEDURE cInvoiceStore::Name()
PRIVATE
	sFolder is string
END

// constants shared by several projects, included with EXTERN (?1511013)
CONSTANT
	VAT_RATE = 20
END

// Angles sexagésimaux : DDD°MM'SS'' et retour
Trace(DecimalVersSexagesimal(48.8566), DécimalVersSexagésimal(-2.3522))   // expect: 048°51'24'', -002°21'08''
Trace(SexagesimalVersDecimal("10°30'"), SexagésimalVersDécimal("012°30'36''"))   // expect: 10.5, 12.51
Trace(SexagesimalVersDecimal("nord"), ErreurDétectée)   // expect: 0, 1

// SOIT, ET, OU, _ET_, _OU_, PAS
soit a = 5
soit b = 0
SI a > 0 ET b = 0 ALORS Trace("ET") // expect: ET
SI a < 0 OU b = 0 ALORS Trace("OU") // expect: OU
SI b <> 0 _ET_ a / b > 1 ALORS Trace("jamais") SINON Trace("_ET_ évite la division") // expect: _ET_ évite la division
SI b = 0 _OU_ a / b > 1 ALORS Trace("_OU_ aussi") // expect: _OU_ aussi
SI PAS (a = b) ALORS Trace("PAS") // expect: PAS

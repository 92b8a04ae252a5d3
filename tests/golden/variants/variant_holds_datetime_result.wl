// A Variant given the result of a built-in that returns a DateTime (DateTimeSys,
// EpochToDateTime, DateTimeLocalToUTC, DateTimeUTCToLocal, RealToDateTime) holds a
// DateTime, as one given a DateTime variable does: TypeVar answers wlDateTime and its
// parts are read (it held a plain string: wlString, "no property 'Date'"). So does a
// variable declared by `let`, whose type is the built-in's result type (?3087003).
vStamp is Variant = DateTimeSys()
Trace(TypeVar(vStamp) = wlDateTime, Length(vStamp..Date)) // expect: 1, 8
Trace(GetDefinition(DateTimeSys()).Name) // expect: datetime
vEpoch is Variant = EpochToDateTime(86400)
Trace(vEpoch..Year, vEpoch..Day, vEpoch..Hour) // expect: 1970, 2, 0
let xEpoch = EpochToDateTime(90000)
Trace(TypeVar(xEpoch) = wlDateTime, xEpoch..Hour, xEpoch..PartieDate) // expect: 1, 1, 19700102
sStamp is string = EpochToDateTime(0)
Trace(sStamp, TypeVar(sStamp) = wlString) // expect: 19700101000000000, 1

// Pure domain logic (no I/O) shared by server and web: name normalisation and matching, offer
// eligibility, pathway rule packs, indicator maths. Filled by the clients, offers, pathways and
// indicators issues; the foundation has no rule that belongs here yet.
export {};

package nl.kring.domain.moodboard;

/** What a moodboard card holds: the seed's ideas of photos, a favourite song, and more. */
public enum CardKind {
    TEXT, PHOTO, SONG, COLOUR
}

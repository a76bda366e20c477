package nl.kring.moodboard;

/** A photo after {@link PhotoPipeline}: upright, scaled, JPEG, without any metadata. */
public record CleanPhoto(int width, int height, byte[] image, byte[] thumbnail) {
}

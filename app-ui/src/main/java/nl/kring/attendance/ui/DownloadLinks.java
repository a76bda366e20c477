package nl.kring.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links whose file is written when it is clicked (so it holds the current filters). */
class DownloadLinks extends FlexLayout {

    DownloadLinks() {
        addClassName("kring-downloads");
        setFlexWrap(FlexWrap.WRAP);
    }

    DownloadLinks link(String label, String className, String fileName, String type, Supplier<byte[]> file) {
        var handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        link.addClassName(className);
        link.addClassName("kring-download");
        add(link);
        return this;
    }
}

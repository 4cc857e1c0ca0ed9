package io.paymentledger.gateway.paymentintent;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * QR codes of WeChat Pay's {@code next_action} (docs/api.md §18.2), encoded by ZXing and drawn as PNG or SVG. In
 * test mode a code holds the hosted test page's URL, so scanning it with a phone opens that page.
 */
final class QrCodes {

    private static final int MODULE_PIXELS = 4;
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    static byte[] png(String text) {
        BitMatrix matrix = matrix(text);
        int size = (matrix.getWidth() + 2 * QUIET_ZONE) * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / MODULE_PIXELS - QUIET_ZONE;
                int my = y / MODULE_PIXELS - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
                        && matrix.get(mx, my);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    static String dataUrl(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static String svg(String text) {
        BitMatrix matrix = matrix(text);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " "
                + size + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"");
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    svg.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/></svg>").toString();
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", tooLong);
        }
    }
}

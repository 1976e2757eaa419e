/**
 * A QR code as an SVG element, drawn from qrcode-generator's module matrix (one path, no markup
 * parsed), so it prints sharp at any size and needs no style the CSP would refuse. Loaded with the
 * assignment tools only.
 */
import qrcode from 'qrcode-generator';

const svgNamespace = 'http://www.w3.org/2000/svg';
/** The blank border a reader needs around the code, in modules (the QR specification's quiet zone). */
const quietZone = 4;

/**
 * The QR code of `text` (ASCII, as an address is once percent-encoded), with error correction M
 * so a creased or smudged worksheet still scans; undefined when the text is too long for any QR
 * code at that level.
 */
export function qrCodeSvg(text: string, label: string): SVGSVGElement | undefined {
  const code = qrcode(0, 'M');
  try {
    code.addData(text, 'Byte');
    code.make();
  } catch {
    return undefined;
  }
  const count = code.getModuleCount();
  const size = count + quietZone * 2;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (code.isDark(row, column)) path += `M${column + quietZone} ${row + quietZone}h1v1h-1z`;
    }
  }
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(svgNamespace, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

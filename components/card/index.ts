// The card component, its CSS (for a shadow root or a <style>), and the default passage handlers.
export { Card, CardContent, announce, type CardProps, type ContentProps } from './Card';
export { CARD_CSS } from './styles';
export { openPassage, passageUrl } from './passage';
